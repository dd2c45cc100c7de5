/// <reference types="@tarojs/taro" />
/// <reference types="eiam-miniprogram-sdk/taro" />

declare module '*.css';
