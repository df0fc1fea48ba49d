# generated case (gen_cases6): category=ssti rule=PY-SSTI fw=django source=header shape=etree_child_count sink=v1 expected=false
from django.http import JsonResponse
from django.template import Context, Template
from django.urls import path
from xml.etree import ElementTree


def benchmark_test_00236(request):
    param = request.headers.get("X-Benchmark", "")
    bar = str(len(ElementTree.fromstring(param)))
    tmpl = Template("<p>Hello " + bar + "</p>")
    result = tmpl.render(Context({}))
    return JsonResponse({"result": str(result)})


urlpatterns = [
    path("00236/", benchmark_test_00236),
]
