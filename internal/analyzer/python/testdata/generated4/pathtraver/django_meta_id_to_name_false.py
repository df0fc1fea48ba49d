# generated case (gen_cases4): category=pathtraver rule=PY-PATH-TRAVERSAL fw=django source=meta shape=id_to_name sink=specific expected=false
import os

from django.http import JsonResponse
from django.urls import path

BASE_DIR = "/srv/app/testfiles/"


def benchmark_test_00399(request):
    param = request.META.get("HTTP_REFERER", "")
    bar = param
    name = "report-%d.txt" % int(bar)
    with open(os.path.join(BASE_DIR, name)) as fh:
        result = len(fh.read())
    return JsonResponse({"result": str(result)})


urlpatterns = [
    path("00399/", benchmark_test_00399),
]
