# generated case (gen_cases6): category=codeinj rule=PY-CODE-INJECTION fw=django source=header shape=xmltodict_field sink=v1 expected=true
import xmltodict

from django.http import JsonResponse
from django.urls import path


def benchmark_test_00229(request):
    param = request.headers.get("X-Benchmark", "")
    bar = str(xmltodict.parse(param)["q"]["term"])
    exec("value = " + bar, {})  # want: PY-CODE-INJECTION
    result = True
    return JsonResponse({"result": str(result)})


urlpatterns = [
    path("00229/", benchmark_test_00229),
]
