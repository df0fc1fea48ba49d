# generated case (gen_cases3): category=ssti rule=PY-SSTI fw=django source=pathparam propagation=join_builder_replaced sink=v0 expected=false
from django.http import JsonResponse
from django.template import Context, Template
from django.urls import path


def benchmark_test_00259(request, test_id):
    param = test_id
    sbuilder = [param]
    sbuilder[0] = "safe"
    bar = "".join(sbuilder)
    tmpl = Template("<p>Hello " + bar + "</p>")
    result = tmpl.render(Context({}))
    return JsonResponse({"result": str(result)})


urlpatterns = [
    path("00259/<str:test_id>/", benchmark_test_00259),
]
