"""More coded-error messages, one module per feature (each defines TEXTS with context "Messages");
desktop.messages merges every module found here."""
