# apps/flask_rest: a Flask REST API with blueprints, PyJWT auth, SQLAlchemy text() queries
