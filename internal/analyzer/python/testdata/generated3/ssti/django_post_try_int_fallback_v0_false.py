# generated case (gen_cases3): category=ssti rule=PY-SSTI fw=django source=post propagation=try_int_fallback sink=v0 expected=false
from django.http import JsonResponse
from django.template import Context, Template
from django.urls import path


def benchmark_test_00304(request):
    param = request.POST.get("BenchmarkTest", "")
    try:
        bar = str(int(param))
    except ValueError:
        bar = "0"
    tmpl = Template("<p>Hello " + bar + "</p>")
    result = tmpl.render(Context({}))
    return JsonResponse({"result": str(result)})


urlpatterns = [
    path("00304/", benchmark_test_00304),
]
