# generated case (gen_cases3): category=ssti rule=PY-SSTI fw=django source=getdict propagation=direct sink=safe0 expected=false
from django.http import JsonResponse
from django.template import Context, Template
from django.urls import path


def benchmark_test_00310(request):
    param = request.GET.dict().get("BenchmarkTest", "")
    bar = param
    tmpl = Template("<p>Hello {{ name }}</p>")
    result = tmpl.render(Context({"name": bar}))
    return JsonResponse({"result": str(result)})


urlpatterns = [
    path("00310/", benchmark_test_00310),
]
