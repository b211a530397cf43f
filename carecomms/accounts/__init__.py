"""Sign-in: local accounts with a mandatory second factor, Entra ID over OpenID Connect, sessions."""
