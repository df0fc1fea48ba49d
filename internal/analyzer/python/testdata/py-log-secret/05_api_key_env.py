# Log secret: payment API secret key from the environment logged at startup
import logging
import os

logging.basicConfig(level=logging.INFO)
STRIPE_SECRET_KEY = os.environ.get("STRIPE_SECRET_KEY", "")
logging.info("payment client configured with key %s", STRIPE_SECRET_KEY)  # want: PY-LOG-SECRET
