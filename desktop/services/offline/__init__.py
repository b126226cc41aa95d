"""The second laptop at the door (issue 15, part 2): a take-out of one event into a small workspace of its
own, and the three-way bring-back of what the door recorded (take_out, bring_back, apply)."""
