# generated case (gen9): category=weakrandom rule=PY-WEAK-RANDOM fw=django shape=reset_code_helper_class expected=true
import random
import string
from django.http import Http404, HttpResponse, HttpResponseRedirect, JsonResponse
from django.urls import path

class Codes:
    @staticmethod
    def reset_code():
        return "".join(random.choices(string.digits, k=6))  # want: PY-WEAK-RANDOM


def case_reset_code_helper_class(request):
    param = request.POST.get("q", "")
    code = Codes.reset_code()
    request.session["reset_code"] = code
    return JsonResponse({"result": str(param)})


urlpatterns = [
    path("weakrandom_reset_code_helper_class/", case_reset_code_helper_class),
]
