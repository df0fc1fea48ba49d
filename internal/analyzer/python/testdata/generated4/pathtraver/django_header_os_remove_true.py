# generated case (gen_cases4): category=pathtraver rule=PY-PATH-TRAVERSAL fw=django source=header shape=os_remove sink=specific expected=true
import os

from django.http import JsonResponse
from django.urls import path

BASE_DIR = "/srv/app/testfiles/"


def benchmark_test_00401(request):
    param = request.headers.get("X-Benchmark", "")
    bar = param
    os.remove(os.path.join(BASE_DIR, bar))  # want: PY-PATH-TRAVERSAL
    result = True
    return JsonResponse({"result": str(result)})


urlpatterns = [
    path("00401/", benchmark_test_00401),
]
