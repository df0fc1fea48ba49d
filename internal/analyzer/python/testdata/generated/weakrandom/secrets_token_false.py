# generated case: token from the secrets module
import secrets


def new_api_token() -> str:
    api_token = secrets.token_hex(20)
    return api_token
