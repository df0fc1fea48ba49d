# generated case (gen8): category=weakrandom rule=PY-WEAK-RANDOM fw=django shape=otp_randrange expected=true
import random
from django.http import HttpResponse, HttpResponseRedirect, JsonResponse
from django.urls import path


def case_otp_randrange(request):
    param = request.COOKIES.get("q", "")
    otp = "%06d" % random.randrange(1000000)  # want: PY-WEAK-RANDOM
    request.session["otp"] = otp
    return JsonResponse({"result": str(param)})


urlpatterns = [
    path("weakrandom_otp_randrange/", case_otp_randrange),
]
