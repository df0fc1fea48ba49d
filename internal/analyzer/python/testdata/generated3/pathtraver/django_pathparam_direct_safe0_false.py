# generated case (gen_cases3): category=pathtraver rule=PY-PATH-TRAVERSAL fw=django source=pathparam propagation=direct sink=safe0 expected=false
import os

from django.http import JsonResponse
from django.urls import path

BASE_DIR = "/srv/app/testfiles/"


def benchmark_test_00206(request, test_id):
    param = test_id
    bar = param
    with open(os.path.join(BASE_DIR, os.path.basename(bar))) as fh:
        result = len(fh.read())
    return JsonResponse({"result": str(result)})


urlpatterns = [
    path("00206/<str:test_id>/", benchmark_test_00206),
]
