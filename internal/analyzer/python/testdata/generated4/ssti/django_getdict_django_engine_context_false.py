# generated case (gen_cases4): category=ssti rule=PY-SSTI fw=django source=getdict shape=django_engine_context sink=specific expected=false
from django.http import JsonResponse
from django.template import engines
from django.urls import path


def benchmark_test_00439(request):
    param = request.GET.dict().get("BenchmarkTest", "")
    bar = param
    tmpl = engines["django"].from_string("<p>{{ name }}</p>")
    result = tmpl.render({"name": bar})
    return JsonResponse({"result": str(result)})


urlpatterns = [
    path("00439/", benchmark_test_00439),
]
