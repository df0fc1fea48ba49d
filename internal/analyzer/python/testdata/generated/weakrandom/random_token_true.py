# generated case: API token built from the random module
import random
import string


def new_api_token() -> str:
    alphabet = string.ascii_letters + string.digits
    api_token = "".join(random.choice(alphabet) for _ in range(40))  # want: PY-WEAK-RANDOM
    return api_token
