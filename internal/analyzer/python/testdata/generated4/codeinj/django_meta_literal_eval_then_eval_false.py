# generated case (gen_cases4): category=codeinj rule=PY-CODE-INJECTION fw=django source=meta shape=literal_eval_then_eval sink=specific expected=false
import ast

from django.http import JsonResponse
from django.urls import path


def benchmark_test_00378(request):
    param = request.META.get("HTTP_REFERER", "")
    bar = param
    value = ast.literal_eval(bar)
    result = eval("value * 2", {}, {"value": value})
    return JsonResponse({"result": str(result)})


urlpatterns = [
    path("00378/", benchmark_test_00378),
]
