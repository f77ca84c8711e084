package com.transitionadvisor;
public final class Main { public static void main(String[] args) {} }
