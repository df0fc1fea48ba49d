# generated case (gen_cases6): category=ssti rule=PY-SSTI fw=django source=post shape=django_default_engine sink=specific expected=true
from django.http import JsonResponse
from django.template import Context, Engine
from django.urls import path


def benchmark_test_00401(request):
    param = request.POST.get("BenchmarkTest", "")
    bar = param
    tmpl = Engine.get_default().from_string(bar)  # want: PY-SSTI
    result = tmpl.render(Context({}))
    return JsonResponse({"result": str(result)})


urlpatterns = [
    path("00401/", benchmark_test_00401),
]
