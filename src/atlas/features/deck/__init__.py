"""The meeting deck: views of any page (map, risk, outreach, CSR) saved with a title, reordered,
presented one by one and exported as one landscape PDF page per view."""
