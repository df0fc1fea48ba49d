# generated case (gen_cases3): category=cmdi rule=PY-CMDI fw=django source=pathparam propagation=direct sink=safe1 expected=false
import os
import shlex

from django.http import JsonResponse
from django.urls import path


def benchmark_test_00114(request, test_id):
    param = test_id
    bar = param
    result = os.system("echo " + shlex.quote(bar))
    return JsonResponse({"result": str(result)})


urlpatterns = [
    path("00114/<str:test_id>/", benchmark_test_00114),
]
