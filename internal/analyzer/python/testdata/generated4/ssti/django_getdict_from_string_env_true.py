# generated case (gen_cases4): category=ssti rule=PY-SSTI fw=django source=getdict shape=from_string_env sink=specific expected=true
from django.http import JsonResponse
from django.urls import path
from jinja2 import Environment


def benchmark_test_00434(request):
    param = request.GET.dict().get("BenchmarkTest", "")
    bar = param
    env = Environment()
    result = env.from_string(bar).render(user="guest")  # want: PY-SSTI
    return JsonResponse({"result": str(result)})


urlpatterns = [
    path("00434/", benchmark_test_00434),
]
