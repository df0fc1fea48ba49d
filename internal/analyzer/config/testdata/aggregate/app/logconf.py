import logging.config

logging.config.dictConfig({"version": 1, "root": {"level": "INFO"}})
