"""Outreach route planner: seasonal network, optimal visiting order, days, GPX, itinerary.

Public API (used by the command `atlas outreach plan`, the outreach page and the tests):
`plan_tour`, `legs_frame`, `matrix_frame` (tour), `resolve_stop`, `stops_table` (gazetteer),
`plan_to_gpx` (gpx), `render_itinerary` (itinerary), `NetworkModel`, `DEFAULT_MODEL` (model),
`build_network`, `default_network` (network). See docs/routing.md for the model.
"""
