"""Use cases: the actions a person or a script takes, one function each. Each takes the session,
checks permission, does the work through the services and returns a small result. The faces
(``app.cli``, ``ui``) call these; nothing here imports a face."""
