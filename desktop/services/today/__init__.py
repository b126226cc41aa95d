"""The Today view's read side: the next event, the fortnight ahead, this week's follow-ups."""
