# generated case (gen_cases6): category=ssti rule=PY-SSTI fw=django source=post shape=format_index_taint sink=v1 expected=true
from django.http import JsonResponse
from django.template import Context, Template
from django.urls import path


def benchmark_test_00200(request):
    param = request.POST.get("BenchmarkTest", "")
    bar = "{0}".format(param, "safe")
    tmpl = Template("<p>Hello " + bar + "</p>")  # want: PY-SSTI
    result = tmpl.render(Context({}))
    return JsonResponse({"result": str(result)})


urlpatterns = [
    path("00200/", benchmark_test_00200),
]
