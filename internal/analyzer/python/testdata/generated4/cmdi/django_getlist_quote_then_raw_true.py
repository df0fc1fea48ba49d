# generated case (gen_cases4): category=cmdi rule=PY-CMDI fw=django source=getlist shape=quote_then_raw sink=specific expected=true
import os
import shlex

from django.http import JsonResponse
from django.urls import path


def benchmark_test_00352(request):
    values = request.GET.getlist("BenchmarkTest")
    param = values[0] if values else ""
    bar = param
    quoted = shlex.quote(bar)
    result = os.system("ls -l " + quoted + " " + bar)  # want: PY-CMDI
    return JsonResponse({"result": str(result)})


urlpatterns = [
    path("00352/", benchmark_test_00352),
]
