# generated case (gen_cases3): category=pathtraver rule=PY-PATH-TRAVERSAL fw=django source=meta propagation=match_const_taint sink=v5 expected=true
import os

from django.http import JsonResponse
from django.urls import path

BASE_DIR = "/srv/app/testfiles/"


def benchmark_test_00176(request):
    param = request.META.get("HTTP_REFERER", "")
    target = "A"
    match target:
        case "A":
            bar = param
        case "B":
            bar = "bob"
        case _:
            bar = "default"
    full = os.path.join(BASE_DIR, bar)
    if not full.startswith(BASE_DIR):
        raise ValueError("outside the base directory")
    with open(full) as fh:  # want: PY-PATH-TRAVERSAL
        result = len(fh.read())
    return JsonResponse({"result": str(result)})


urlpatterns = [
    path("00176/", benchmark_test_00176),
]
