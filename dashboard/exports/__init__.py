"""Files people take away: Excel-safe tables, briefs, itineraries."""
