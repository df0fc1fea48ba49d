# generated case (gen_cases3): category=ssti rule=PY-SSTI fw=django source=pathparam propagation=match_const_safe (helper class) sink=v0 expected=false
from django.http import JsonResponse
from django.template import Context, Template
from django.urls import path


class Test:
    def do_something(self, request, param):
        target = "B"
        match target:
            case "A":
                bar = param
            case "B":
                bar = "bob"
            case _:
                bar = param
        return bar


def benchmark_test_00289(request, test_id):
    param = test_id
    bar = Test().do_something(request, param)
    tmpl = Template("<p>Hello " + bar + "</p>")
    result = tmpl.render(Context({}))
    return JsonResponse({"result": str(result)})


urlpatterns = [
    path("00289/<str:test_id>/", benchmark_test_00289),
]
