# generated case (gen_cases7): category=weakrandom rule=PY-WEAK-RANDOM fw=django source=get shape=monte_carlo sink=specific expected=false
import random

from django.http import JsonResponse
from django.urls import path


def case_00347(request):
    param = request.GET.get("q", "")
    bar = param
    hits = sum(1 for _ in range(1000) if random.random() ** 2 + random.random() ** 2 < 1)
    result = 4 * hits / 1000 + len(bar)
    return JsonResponse({"result": str(result)})


urlpatterns = [
    path("case-00347/", case_00347),
]
