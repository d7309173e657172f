"""Pure deck logic: the model (views, add/move/rename/remove) and the link and file codecs."""
