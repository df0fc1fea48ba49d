# generated case (gen8): category=codeinj rule=PY-CODE-INJECTION fw=django shape=class_attr_const_expr expected=false
from django.http import HttpResponse, HttpResponseRedirect, JsonResponse
from django.urls import path

class Rule:
    EXPR = "price * 0.9"

    def __init__(self, label):
        self.label = label


def case_class_attr_const_expr(request):
    param = request.POST.get("q", "")
    rule = Rule(param)
    result = eval(rule.EXPR, {"price": 100})
    return JsonResponse({"result": str([rule.label, result])})


urlpatterns = [
    path("codeinj_class_attr_const_expr/", case_class_attr_const_expr),
]
