# AC-2: Django staff views use @permission_required; manage_refunds only has @login_required
from django.contrib.auth.decorators import login_required, permission_required
from django.http import JsonResponse
from django.views.decorators.http import require_POST

from .models import Order, Refund


@permission_required("shop.view_order", raise_exception=True)
def manage_orders(request):
    return JsonResponse({"orders": list(Order.objects.values("id", "status"))})


@permission_required("shop.change_order", raise_exception=True)
@require_POST
def manage_order_status(request, pk):
    Order.objects.filter(pk=pk).update(status=request.POST.get("status", "open")[:20])
    return JsonResponse({"ok": True})


@login_required
@require_POST
def manage_refunds(request, pk):  # want: PY-ROUTE-NO-ROLE
    Refund.objects.create(order_id=pk, amount=Order.objects.get(pk=pk).total)
    return JsonResponse({"ok": True})


@login_required
def my_orders(request):
    return JsonResponse({"orders": list(Order.objects.filter(user=request.user).values("id"))})
