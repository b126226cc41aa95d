"""Encrypted workspace files at the lowest level: keys (keys), the OS keyring (keystore), and opening a
file plain or encrypted (driver). Turning a file encrypted or plain lives in core/encryption."""
