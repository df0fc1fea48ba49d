# generated case (gen_cases7): category=weakrandom rule=PY-WEAK-RANDOM fw=django source=post shape=tuple_color_weak sink=specific expected=false
import random
import secrets

from django.http import JsonResponse
from django.urls import path

RESET_TOKENS = {}
COLORS = ["red", "green", "blue"]


def token_and_color():
    return secrets.token_hex(16), random.choice(COLORS)


def case_00338(request):
    param = request.POST.get("q", "")
    bar = param
    token, color = token_and_color()
    RESET_TOKENS[token] = bar[:32]
    result = color
    return JsonResponse({"result": str(result)})


urlpatterns = [
    path("case-00338/", case_00338),
]
