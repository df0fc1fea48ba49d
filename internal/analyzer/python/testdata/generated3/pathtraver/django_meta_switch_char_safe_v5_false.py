# generated case (gen_cases3): category=pathtraver rule=PY-PATH-TRAVERSAL fw=django source=meta propagation=switch_char_safe sink=v5 expected=false
import os

from django.http import JsonResponse
from django.urls import path

BASE_DIR = "/srv/app/testfiles/"


def benchmark_test_00184(request):
    param = request.META.get("HTTP_REFERER", "")
    guess = "ABC"
    switch_target = guess[1]
    if switch_target == "A":
        bar = param
    elif switch_target == "B":
        bar = "bob"
    elif switch_target == "C" or switch_target == "D":
        bar = param
    else:
        bar = "bobs_your_uncle"
    full = os.path.join(BASE_DIR, bar)
    if not full.startswith(BASE_DIR):
        raise ValueError("outside the base directory")
    with open(full) as fh:
        result = len(fh.read())
    return JsonResponse({"result": str(result)})


urlpatterns = [
    path("00184/", benchmark_test_00184),
]
