"""Today: the view for the evening of an event and the week around it."""
