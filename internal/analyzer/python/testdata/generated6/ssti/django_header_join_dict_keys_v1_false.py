# generated case (gen_cases6): category=ssti rule=PY-SSTI fw=django source=header shape=join_dict_keys sink=v1 expected=false
from django.http import JsonResponse
from django.template import Context, Template
from django.urls import path


def benchmark_test_00216(request):
    param = request.headers.get("X-Benchmark", "")
    bar = ",".join({"x": param}.keys())
    tmpl = Template("<p>Hello " + bar + "</p>")
    result = tmpl.render(Context({}))
    return JsonResponse({"result": str(result)})


urlpatterns = [
    path("00216/", benchmark_test_00216),
]
