# generated case (gen_cases7): category=weakrandom rule=PY-WEAK-RANDOM fw=django source=cookie shape=dice_game sink=specific expected=false
import random

from django.http import JsonResponse
from django.urls import path


def case_00344(request):
    param = request.COOKIES.get("q", "none")
    bar = param
    roll = random.randint(1, 6)
    result = "You rolled %d, %s" % (roll, bar[:20])
    return JsonResponse({"result": str(result)})


urlpatterns = [
    path("case-00344/", case_00344),
]
