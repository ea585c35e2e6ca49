"""The encrypted vault: key derivation, key slots, TOTP, SQLCipher, migrations, backup format.

No Qt here, and nothing from app/ or ui/.
"""
