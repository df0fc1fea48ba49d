# generated case (gen_cases3): category=ssti rule=PY-SSTI fw=django source=pathparam propagation=join_builder (helper class) sink=v0 expected=true
from django.http import JsonResponse
from django.template import Context, Template
from django.urls import path


class Test:
    def do_something(self, request, param):
        sbuilder = []
        sbuilder.append("prefix-")
        sbuilder.append(param)
        bar = "".join(sbuilder)
        return bar


def benchmark_test_00277(request, test_id):
    param = test_id
    bar = Test().do_something(request, param)
    tmpl = Template("<p>Hello " + bar + "</p>")  # want: PY-SSTI
    result = tmpl.render(Context({}))
    return JsonResponse({"result": str(result)})


urlpatterns = [
    path("00277/<str:test_id>/", benchmark_test_00277),
]
