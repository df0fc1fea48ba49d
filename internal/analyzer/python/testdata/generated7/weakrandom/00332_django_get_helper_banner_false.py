# generated case (gen_cases7): category=weakrandom rule=PY-WEAK-RANDOM fw=django source=get shape=helper_banner sink=specific expected=false
import random

from django.http import JsonResponse
from django.urls import path

BANNERS = ["sale", "new", "free-shipping"]


def pick_banner():
    return random.choice(BANNERS)


def case_00332(request):
    param = request.GET.get("q", "")
    bar = param
    banner = pick_banner()
    result = banner + bar[:0]
    return JsonResponse({"result": str(result)})


urlpatterns = [
    path("case-00332/", case_00332),
]
