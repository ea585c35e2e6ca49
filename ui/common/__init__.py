"""Pieces shared by every screen: the worker bridge, the error hook, small widgets."""
