"""Files people take away from a deck: the landscape PDF, one page per view."""
