# generated case (gen_cases4): category=cmdi rule=PY-CMDI fw=django source=pathparam shape=int_in_shell sink=specific expected=false
import os

from django.http import JsonResponse
from django.urls import path


def benchmark_test_00364(request, test_id):
    param = test_id
    bar = param
    result = os.system("sleep " + str(int(bar)))
    return JsonResponse({"result": str(result)})


urlpatterns = [
    path("00364/<str:test_id>/", benchmark_test_00364),
]
