# generated case (gen_cases6): category=ssti rule=PY-SSTI fw=django source=post shape=dictloader_context sink=specific expected=false
from django.http import JsonResponse
from django.urls import path
from jinja2 import DictLoader, Environment


def benchmark_test_00392(request):
    param = request.POST.get("BenchmarkTest", "")
    bar = param
    result = Environment(loader=DictLoader({"page": "<p>{{ q }}</p>"}), autoescape=True).get_template("page").render(q=bar)
    return JsonResponse({"result": str(result)})


urlpatterns = [
    path("00392/", benchmark_test_00392),
]
