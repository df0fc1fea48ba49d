# Weak random: API keys generated with random.choices inside a class method
import random
import string


class ApiKeyService:
    ALPHABET = string.ascii_letters + string.digits

    def issue(self, owner: str) -> dict:
        api_key = "sk_" + "".join(random.choices(self.ALPHABET, k=40))  # want: PY-WEAK-RANDOM
        return {"owner": owner, "api_key": api_key}
