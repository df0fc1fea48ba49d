# generated case (gen_cases7): category=weakrandom rule=PY-WEAK-RANDOM fw=django source=header shape=const_chain_secure sink=specific expected=false
import random
import string

from django.http import JsonResponse
from django.urls import path

ALPHABET = string.ascii_letters + string.digits


def case_00341(request):
    param = request.headers.get("X-Query", "")
    bar = param
    level = 2
    level = level * 3
    rng = random.SystemRandom() if level > 5 else random.Random()
    temp_password = "".join(rng.choice(ALPHABET) for _ in range(12))
    result = len(temp_password + bar)
    return JsonResponse({"result": str(result)})


urlpatterns = [
    path("case-00341/", case_00341),
]
